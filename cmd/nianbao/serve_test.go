package main

import (
	"bufio"
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

const reportsDir = "../../fixtures/reports"

// lockedBuffer collects a process's output while it runs.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

var listening = regexp.MustCompile(`网页已启动：(http://[^/]+)/`)

// startServe runs `nianbao serve args…` with env (NIANBAO_* cleared) and
// returns its address once it listens. At the end of the test it is sent
// SIGINT and must stop cleanly.
func startServe(t *testing.T, env []string, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "NIANBAO_") {
			cmd.Env = append(cmd.Env, e)
		}
	}
	cmd.Env = append(cmd.Env, env...)
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	rest := &lockedBuffer{}
	addr := make(chan string, 1)
	read := make(chan struct{}) // closed when stderr is read to its end
	go func() {
		defer close(read)
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
			rest.Write([]byte(sc.Text() + "\n"))
		}
	}()
	t.Cleanup(func() { stopServe(t, cmd, rest, read) })
	select {
	case a := <-addr:
		return a
	case <-read:
		select {
		case a := <-addr:
			return a
		default:
		}
		t.Fatalf("serve exited without listening: %s", rest)
	}
	return ""
}

// stopServe interrupts the server and checks that it stops cleanly. Its
// stderr is read to the end before Wait, which closes the pipe (os/exec:
// Wait must not be called before the reads are done); the test's own
// -timeout guards against a server that never stops.
func stopServe(t *testing.T, cmd *exec.Cmd, out *lockedBuffer, read <-chan struct{}) {
	_ = cmd.Process.Signal(os.Interrupt)
	<-read
	if err := cmd.Wait(); err != nil || !strings.Contains(out.String(), "网页已停止") {
		t.Errorf("serve did not stop cleanly: %v\n%s", err, out)
	}
}

// upload posts files (field → path) and fields to base+"/api/audit".
func upload(t *testing.T, base string, fields map[string]string, files map[string]string) (int, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		_ = mw.WriteField(k, v)
	}
	for field, path := range files {
		w, _ := mw.CreateFormFile(field, filepath.Base(path))
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = w.Write(data)
	}
	_ = mw.Close()
	resp, err := http.Post(base+"/api/audit", mw.FormDataContentType(), &buf)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// auditIn runs `nianbao audit --format json args…` in the reports folder.
func auditIn(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"audit", "--format", "json"}, args...)...)
	cmd.Dir = reportsDir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("audit %v: %v", args, err)
	}
	return string(out)
}

// TestServeAPIMatchesAuditJSON: POST /api/audit answers the very bytes of
// `nianbao audit --format json` for the same file and options, for text
// and PDF, with overrides, a ledger and the previous year's report.
func TestServeAPIMatchesAuditJSON(t *testing.T) {
	base := startServe(t, nil)
	rep := func(name string) string { return filepath.Join(reportsDir, name) }
	ledger := "../ledger/gz-xiezuo-2022.csv"
	cases := []struct {
		name   string
		args   []string
		fields map[string]string
		files  map[string]string
	}{
		{"seed", []string{"gz-xiezuo-2022.txt"}, nil, map[string]string{"file": rep("gz-xiezuo-2022.txt")}},
		{"overrides and ledger", []string{"--year", "2022", "--level", "department", "--published", "2023-02-01",
			"--ledger", ledger, "gz-xiezuo-2022.txt"},
			map[string]string{"year": "2022", "level": "department", "published": "2023-02-01"},
			map[string]string{"file": rep("gz-xiezuo-2022.txt"), "ledger": filepath.Join(reportsDir, ledger)}},
		{"pdf with prev", []string{"--prev", "hongze-2023.pdf", "hongze-2024.pdf"}, nil,
			map[string]string{"file": rep("hongze-2024.pdf"), "prev": rep("hongze-2023.pdf")}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := auditIn(t, c.args...)
			status, got := upload(t, base, c.fields, c.files)
			if status != http.StatusOK || got != want {
				t.Errorf("status %d; the API's JSON differs from audit's:\n--- api\n%.600s\n--- audit\n%.600s", status, got, want)
			}
		})
	}
}

// TestServeSettingsPrecedence: --max-upload > NIANBAO_MAX_UPLOAD > the
// config file's max_upload, seen in the limit a 413 names.
func TestServeSettingsPrecedence(t *testing.T) {
	config := filepath.Join(t.TempDir(), "nianbao.yaml")
	if err := os.WriteFile(config, []byte("max_upload: 1\naddr: 256.0.0.1:1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("年"), 2<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		env  []string
		args []string
		want string
	}{
		{nil, []string{"--config", config}, "1 MB"},
		{[]string{"NIANBAO_MAX_UPLOAD=2", "NIANBAO_CONFIG=" + config}, nil, "2 MB"},
		{[]string{"NIANBAO_MAX_UPLOAD=2"}, []string{"--config", config, "--max-upload", "5"}, "5 MB"},
	}
	for _, c := range cases {
		base := startServe(t, c.env, c.args...)
		status, body := upload(t, base, nil, map[string]string{"file": big})
		if status != http.StatusRequestEntityTooLarge || !strings.Contains(body, c.want) {
			t.Errorf("env %v args %v: status %d %s, want 413 naming %s", c.env, c.args, status, body, c.want)
		}
	}
}

func TestServeUsageErrors(t *testing.T) {
	config := filepath.Join(t.TempDir(), "nianbao.yaml")
	if err := os.WriteFile(config, []byte("adress: 127.0.0.1:9\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"serve", "年报.pdf"}, "serve 不接受文件参数"},
		{[]string{"serve", "--max-upload", "0"}, "max_upload 的值“0”无效"},
		{[]string{"serve", "--addr", "256.0.0.1:80"}, "无法在 256.0.0.1:80 上监听"},
		{[]string{"serve", "--config", config}, "未知的配置项“adress”"},
	}
	for _, c := range cases {
		r := nianbao(t, nil, c.args...)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, r.code, r.stderr, c.want)
		}
	}
}
