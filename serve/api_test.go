package serve

import (
	"net/http"
	"strings"
	"testing"
)

func TestAPIAuditsTheSeed(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	resp := post(t, ts.Client(), ts.URL+"/api/audit", nil, seedFile(t))
	body := readAll(t, resp)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("status %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	a := decodeAudit(t, body)
	r := a.Reports[0]
	if a.Tool.Name != "nianbao" || a.Tool.Version != "test" || r.File != "gz-xiezuo-2022.txt" {
		t.Errorf("tool %+v file %q", a.Tool, r.File)
	}
	if r.Score == nil || *r.Score != 77.2 || r.Grade != "良好" {
		t.Errorf("score %v grade %s, want 77.2 良好", r.Score, r.Grade)
	}
	if s := a.status("APP-ROW-TOTAL"); s != "fail" {
		t.Errorf("APP-ROW-TOTAL is %q, want fail", s)
	}
	if s := a.status("DEADLINE"); s != "manual" {
		t.Errorf("DEADLINE is %q without a date, want manual", s)
	}
}

func TestAPIOverridesMeta(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	resp := post(t, ts.Client(), ts.URL+"/api/audit",
		map[string]string{"year": "2022", "level": "department", "published": "2023-02-01"}, seedFile(t))
	a := decodeAudit(t, readAll(t, resp))
	m := a.Reports[0].Meta
	if m.Year != 2022 || m.Level != "department" || m.Published != "2023-02-01" {
		t.Errorf("meta %+v", m)
	}
	if s := a.status("DEADLINE"); s != "fail" {
		t.Errorf("DEADLINE is %q for a department published on 2023-02-01, want fail", s)
	}
}

func TestAPIPastedText(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	resp := post(t, ts.Client(), ts.URL+"/api/audit", map[string]string{"text": string(fixture(t, seedPath))})
	a := decodeAudit(t, readAll(t, resp))
	if r := a.Reports[0]; r.File != "粘贴的文本.txt" || r.Score == nil || *r.Score != 77.2 {
		t.Errorf("file %q score %v", r.File, r.Score)
	}
}

func TestAPIErrors(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	seed := seedFile(t)
	cases := []struct {
		name   string
		fields map[string]string
		files  []formFile
		status int
		want   string
	}{
		{"no report", nil, nil, 400, "请选择要检查的年报文件"},
		{"file and text", map[string]string{"text": "一、总体情况"}, []formFile{seed}, 400, "二者选一"},
		{"bad year", map[string]string{"year": "22"}, []formFile{seed}, 400, "年度“22”无效"},
		{"bad level", map[string]string{"level": "county"}, []formFile{seed}, 400, "层级“county”无效"},
		{"bad date", map[string]string{"published": "2023-02-30"}, []formFile{seed}, 400, "发布日期“2023-02-30”无效"},
		{"empty report", nil, []formFile{{"file", "空.txt", []byte{}}}, 422, "无法读取报告“空.txt”：文件为空"},
		{"legacy word", nil, []formFile{{"file", "年报.doc", []byte("\xd0\xcf\x11\xe0rest")}}, 422, "另存为 .docx"},
		{"not a report", nil, []formFile{{"file", "新闻.txt", []byte("本网讯 今天召开了工作会议。")}}, 422, "不是政府信息公开工作年度报告"},
		{"model dump", nil, []formFile{{"file", "model.json", []byte(`{"meta":{}}`)}}, 422, "JSON 文件"},
		{"bad prev", nil, []formFile{seed, {"prev", "上年.pdf", []byte("not a pdf")}}, 422, "无法读取上一年度报告“上年.pdf”"},
		{"bad ledger", nil, []formFile{seed, {"ledger", "台账.csv", []byte("a,b\n")}}, 422, "台账文件 台账.csv 第1行"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp := post(t, ts.Client(), ts.URL+"/api/audit", c.fields, c.files...)
			if msg := apiError(t, resp, c.status); !strings.Contains(msg, c.want) {
				t.Errorf("error %q, want it to contain %q", msg, c.want)
			}
		})
	}
}

func TestAPIRefusesOtherRequests(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	resp, err := ts.Client().Get(ts.URL + "/api/audit")
	if err != nil {
		t.Fatal(err)
	}
	if msg := apiError(t, resp, http.StatusMethodNotAllowed); !strings.Contains(msg, "POST") || resp.Header.Get("Allow") != "POST" {
		t.Errorf("error %q Allow %q", msg, resp.Header.Get("Allow"))
	}
	resp, err = ts.Client().Post(ts.URL+"/api/audit", "application/json", strings.NewReader(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	if msg := apiError(t, resp, http.StatusBadRequest); !strings.Contains(msg, "multipart/form-data") {
		t.Errorf("error %q", msg)
	}
}
