package finding

import (
	"context"
	"log/slog"
	"strconv"
)

// Masking is a log handler that puts every message and every text or
// error value through Redact before h writes it: a log line names files and
// quotes errors, and either may hold a NIK a careless name carried in.
func Masking(h slog.Handler) slog.Handler { return masking{h} }

type masking struct{ h slog.Handler }

func (m masking) Enabled(ctx context.Context, l slog.Level) bool { return m.h.Enabled(ctx, l) }

func (m masking) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, Redact(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(maskAttr(a))
		return true
	})
	return m.h.Handle(ctx, out)
}

func (m masking) WithAttrs(attrs []slog.Attr) slog.Handler {
	masked := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		masked[i] = maskAttr(a)
	}
	return masking{m.h.WithAttrs(masked)}
}

func (m masking) WithGroup(name string) slog.Handler { return masking{m.h.WithGroup(name)} }

func maskAttr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, Redact(v.String()))
	case slog.KindGroup:
		group := v.Group()
		masked := make([]any, len(group))
		for i, g := range group {
			masked[i] = maskAttr(g)
		}
		return slog.Group(a.Key, masked...)
	case slog.KindInt64, slog.KindUint64:
		if text := v.String(); Redact(text) != text {
			return slog.String(a.Key, Redact(text))
		}
	case slog.KindFloat64:
		if text := strconv.FormatFloat(v.Float64(), 'f', -1, 64); Redact(text) != text {
			return slog.String(a.Key, Redact(text))
		}
	case slog.KindAny:
		if err, ok := v.Any().(error); ok {
			return slog.String(a.Key, Redact(err.Error()))
		}
		return slog.String(a.Key, Redact(v.String()))
	}
	return slog.Attr{Key: a.Key, Value: v}
}
