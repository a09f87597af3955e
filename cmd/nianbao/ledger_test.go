package main

import "testing"

// The ledger parser never panics, and what it accepts is well formed.
func FuzzLedger(f *testing.F) {
	f.Add([]byte("document,published,interpretation_published\n通知,2022-09-30,2022-10-09\n"))
	f.Add([]byte("\ufeffpublished,document,interpretation_published\n2022-01-01,\"多行\n标题\",\n"))
	f.Add([]byte("document,published\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := parseLedger("台账.csv", data)
		for _, l := range entries {
			if err != nil || l.Document == "" || len(l.Published) != 10 || l.Line < 2 {
				t.Fatalf("accepted a bad entry %+v (err %v)", l, err)
			}
		}
	})
}

// A title over two lines is reported by the line its row starts on.
func TestLedgerLines(t *testing.T) {
	data := "document,published,interpretation_published\n\"多行\n标题\",2022-01-01,\n通知,2022-01-05,2022-01-06\n"
	entries, err := parseLedger("台账.csv", []byte(data))
	if err != nil || len(entries) != 2 || entries[0].Line != 2 || entries[1].Line != 4 {
		t.Errorf("entries %+v, err %v", entries, err)
	}
}
