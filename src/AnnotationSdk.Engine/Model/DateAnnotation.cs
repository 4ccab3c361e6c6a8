using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Model;

public enum TemporalType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>A temporal expression with its TIMEX3 type, value and modifier.</summary>
public sealed class DateAnnotation(TextSpan span, TemporalType type, string value, string rule, float confidence = 0.9f)
    : EngineAnnotation(span, rule, confidence)
{
    public override AnnotationKinds Kind => AnnotationKinds.Date;

    public TemporalType Type { get; set; } = type;

    /// <summary>TIMEX3 value: "2025-04-26", "2024-FA", "P1W", "PAST_REF"…</summary>
    public string Value { get; set; } = value;

    /// <summary>TIMEX3 mod: "START", "END", "APPROX"…; empty when none.</summary>
    public string Mod { get; set; } = string.Empty;

    /// <summary>The date mention this one was resolved against; null for the reference date.</summary>
    public DateAnnotation? Anchor { get; set; }
}
