package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/nianbao/nianbao/serve"
	"github.com/spf13/cast"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

// serveKeys are the config keys (and NIANBAO_<KEY> variables) of serve's
// own flags; its time limit is the shared --timeout.
var serveKeys = []struct{ key, flag string }{{"addr", "addr"}, {"max_upload", "max-upload"}}

// serveKeyNames lists serveKeys for the config file's known keys.
func serveKeyNames() []string {
	out := make([]string, len(serveKeys))
	for i, k := range serveKeys {
		out[i] = k.key
	}
	return out
}

func newServeCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080]",
		Short: "启动网页：上传年报，发布前自查（也提供 POST /api/audit）",
		Long: "serve 启动一个网页：上传年报（PDF、HTML、Word .docx、文本）或粘贴全文，查看得分、每条规则的结果，\n" +
			"以及问题在原文和表格中的位置，并下载 JSON、Excel、网页格式的结果。POST /api/audit 返回与\n" +
			"audit --format json 相同的 JSON。文件只在内存中处理，不写入磁盘，不连接外部服务。",
		Example: "  nianbao serve\n  nianbao serve --addr 0.0.0.0:8080 --max-upload 100 --timeout 60s --config nianbao.yaml",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError("serve 不接受文件参数：请在网页上传年报")
			}
			return nil
		},
		RunE: func(c *cobra.Command, _ []string) error { return a.serve(c) },
	}
	cmd.Flags().String("addr", "127.0.0.1:8080", "监听地址（默认只接受本机访问）")
	cmd.Flags().Int("max-upload", serve.DefaultMaxUpload>>20, "一次上传的大小上限（MB）")
	return cmd
}

// serveSettings are the options of serve.
type serveSettings struct {
	addr      string
	maxUpload int64
}

// readServeSettings reads --addr and --max-upload with the same
// precedence as every setting: flag > NIANBAO_* env > config file.
func readServeSettings(cmd *cobra.Command) (serveSettings, error) {
	v := viper.New()
	v.SetEnvPrefix("NIANBAO")
	v.AutomaticEnv()
	for _, k := range append([]struct{ key, flag string }{{"config", "config"}}, serveKeys...) {
		if err := v.BindPFlag(k.key, cmd.Flags().Lookup(k.flag)); err != nil {
			return serveSettings{}, fmt.Errorf("bind flag %s: %w", k.flag, err)
		}
	}
	if _, err := readConfig(v); err != nil {
		return serveSettings{}, err
	}
	return decodeServe(v)
}

func decodeServe(v *viper.Viper) (serveSettings, error) {
	s := serveSettings{addr: strings.TrimSpace(v.GetString("addr"))}
	if s.addr == "" {
		return s, badValue("addr", v.Get("addr"), "监听地址，如 127.0.0.1:8080")
	}
	mb, err := cast.ToIntE(v.Get("max_upload"))
	if err != nil || mb < 1 || mb > 1024 {
		return s, badValue("max_upload", v.Get("max_upload"), "1 到 1024 之间的整数（MB）")
	}
	s.maxUpload = int64(mb) << 20
	return s, nil
}

// serve runs the web server until SIGINT or SIGTERM, then lets running
// requests finish.
func (a *app) serve(cmd *cobra.Command) error {
	ss, err := readServeSettings(cmd)
	if err != nil {
		return err
	}
	srv, err := a.newServer(ss)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", ss.addr)
	if err != nil {
		return fail("无法在 %s 上监听：%v", ss.addr, err)
	}
	fmt.Fprintf(a.stderr, "nianbao：网页已启动：http://%s/（按 Ctrl+C 停止）\n", ln.Addr())
	return a.runServer(ctx, srv.HTTPServer(ss.addr), ln)
}

// newServer builds the server from the settings: the rule packs and the
// ledger of the config, as audit would use them, --timeout for each upload
// and --jobs for the audits run at once.
func (a *app) newServer(ss serveSettings) (*serve.Server, error) {
	eng, err := a.engine()
	if err != nil {
		return nil, err
	}
	in, err := a.inputs()
	if err != nil {
		return nil, err
	}
	return serve.New(serve.Config{Engine: eng, Version: version, MaxUpload: ss.maxUpload, Timeout: a.set.Timeout,
		Ledger: in.Ledger, ParseLedger: parseLedger, MaxActive: a.set.Jobs})
}

// runServer serves on ln until ctx ends, then lets running requests finish.
func (a *app) runServer(ctx context.Context, hs *http.Server, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fail("网页服务出错：%v", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(shut); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return fail("网页服务未能正常停止：%v", err)
	}
	fmt.Fprintln(a.stderr, "nianbao：网页已停止")
	return nil
}
