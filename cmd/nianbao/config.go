package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/nianbao/nianbao/engine"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
	"go.yaml.in/yaml/v3"
)

// settings are the options of a run, from flags > NIANBAO_* env > config file.
type settings struct {
	Format, Output           string
	Rules                    []string
	Year                     int
	Level, Agency, Published string
	Manifest, Ledger, FailOn string
	Calendar                 string // calendar file (config calendar)
	MinScore                 float64
	Jobs                     int
	Timeout                  time.Duration // per file, for reading and extraction (config timeout)
	Engine                   engine.Config
	formatChanged            bool // --format was given on the command line
}

// settingKeys binds config keys (and NIANBAO_<KEY> variables) to flags.
var settingKeys = []struct{ key, flag string }{
	{"config", "config"}, {"rules", "rules"}, {"format", "format"}, {"output", "output"},
	{"year", "year"}, {"level", "level"}, {"agency", "agency"}, {"published", "published"},
	{"manifest", "manifest"}, {"ledger", "ledger"}, {"min_score", "min-score"},
	{"fail_on", "fail-on"}, {"jobs", "jobs"}, {"supervisor", "supervisor"}, {"timeout", "timeout"},
}

// engineKeys are the config keys that go to engine.Config.
var engineKeys = []string{"category_weights", "disable", "weights", "severities", "deadlines", "waivers",
	"calendar", "interp_limit"}

// fileConfig holds the engine settings of a config file; map keys keep their
// case (viper would lower-case rule IDs).
type fileConfig struct {
	CategoryWeights map[string]float64 `yaml:"category_weights"`
	Weights         map[string]float64 `yaml:"weights"`
	Severities      map[string]string  `yaml:"severities"`
	Deadlines       map[string]string  `yaml:"deadlines"`
	Waivers         []engine.Waiver    `yaml:"waivers"`
	keys            map[string]bool    // top-level keys present
	dir             string
}

// load fills a.set for the command about to run.
func (a *app) load(cmd *cobra.Command) error {
	v := viper.New()
	v.SetEnvPrefix("NIANBAO")
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	v.AutomaticEnv()
	for _, k := range settingKeys {
		if err := v.BindPFlag(k.key, cmd.Flags().Lookup(k.flag)); err != nil {
			return fmt.Errorf("bind flag %s: %w", k.flag, err)
		}
	}
	fc, err := readConfig(v)
	if err != nil {
		return err
	}
	s, err := decode(v, fc, cmd)
	if err != nil {
		return err
	}
	a.set = s
	return s.validate()
}

// readConfig reads the config file named by --config or NIANBAO_CONFIG into
// v and checks its keys.
func readConfig(v *viper.Viper) (*fileConfig, error) {
	path := v.GetString("config")
	if path == "" {
		return &fileConfig{}, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fail("无法读取配置文件 %s：%v", path, err)
	}
	fc, err := parseConfig(path, data)
	if err != nil {
		return nil, err
	}
	v.SetConfigType("yaml")
	if err := v.ReadConfig(bytes.NewReader(data)); err != nil {
		return nil, fail("配置文件 %s 不是有效的 YAML：%v", path, err)
	}
	return fc, nil
}

// parseConfig decodes a config file, refusing keys nianbao does not know.
func parseConfig(path string, data []byte) (*fileConfig, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fail("配置文件 %s 不是有效的 YAML：%v", path, err)
	}
	fc := &fileConfig{keys: map[string]bool{}, dir: filepath.Dir(path)}
	if len(root.Content) == 0 {
		return fc, nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, fail("配置文件 %s 第%d行：应为“键: 值”形式的映射", path, doc.Line)
	}
	for i := 0; i < len(doc.Content); i += 2 {
		k := doc.Content[i]
		if !knownKey(k.Value) {
			return nil, fail("配置文件 %s 第%d行：未知的配置项“%s”（可用：%s）", path, k.Line, k.Value, strings.Join(allKeys(), "、"))
		}
		fc.keys[k.Value] = true
	}
	if err := doc.Decode(fc); err != nil {
		return nil, fail("配置文件 %s 有误：%v", path, err)
	}
	return fc, nil
}

func knownKey(k string) bool {
	for _, s := range allKeys() {
		if s == k && k != "config" {
			return true
		}
	}
	return false
}

func allKeys() []string {
	var keys []string
	for _, k := range settingKeys[1:] {
		keys = append(keys, k.key)
	}
	return append(append(keys, engineKeys...), serveKeyNames()...)
}
