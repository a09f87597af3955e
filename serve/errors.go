package serve

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// httpError is a failure worded for the user (Chinese) with the status it
// is answered with.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func newError(status int, format string, args ...any) error {
	return &httpError{status: status, msg: fmt.Sprintf(format, args...)}
}

// badForm is a mistake in the form: a missing file, a bad year or date.
func badForm(format string, args ...any) error {
	return newError(http.StatusBadRequest, format, args...)
}

// unreadable is an upload that could not be read as what it should be.
func unreadable(format string, args ...any) error {
	return newError(http.StatusUnprocessableEntity, format, args...)
}

func tooLarge(limit int64) error {
	return newError(http.StatusRequestEntityTooLarge,
		"上传的内容超过大小上限（%s）：请压缩图片或删除附件后再上传，或请管理员用 --max-upload 调高上限", sizeText(limit))
}

func busy() error {
	return newError(http.StatusServiceUnavailable, "服务器正忙，请稍后再试")
}

func timedOut(d time.Duration) error {
	return newError(http.StatusGatewayTimeout,
		"检查超时（超过 %s）：文件可能过大或结构异常，请改用文本或 HTML 版本，或在命令行用 nianbao audit 检查", durationText(d))
}

func internal(p any) error {
	return newError(http.StatusInternalServerError, "内部错误，无法检查此文件（%v）；请把文件和这条消息报告给开发者", p)
}

// statusOf is the HTTP status of err: its own, or 500 for an error that is
// not the user's.
func statusOf(err error) int {
	var he *httpError
	if errors.As(err, &he) {
		return he.status
	}
	return http.StatusInternalServerError
}

// writeJSONError answers {"error": "…"} with err's status.
func writeJSONError(w http.ResponseWriter, err error) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if statusOf(err) == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "10")
	}
	w.WriteHeader(statusOf(err))
	_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}

// sizeText writes a byte count in MB (or KB below one MB).
func sizeText(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", max(1, n>>10))
	}
	return fmt.Sprintf("%d MB", n>>20)
}
