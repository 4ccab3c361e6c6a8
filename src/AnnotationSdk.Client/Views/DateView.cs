using AnnotationSdk.V1;

namespace AnnotationSdk.Client;

/// <summary>A DATE annotation with its TIMEX3 value parsed.</summary>
public sealed class DateView
{
    internal DateView(Annotation annotation, string text)
    {
        Annotation = annotation;
        Text = text;
        var detail = annotation.Date;
        Timex = detail is not null && Timex.TryParse(detail.Value, out var timex)
            ? (detail.Type == TemporalType.Set ? timex with { Kind = TimexKind.Set } : timex)
            : new Timex { Raw = detail?.Value ?? string.Empty };
    }

    /// <summary>The annotation as the server sent it.</summary>
    public Annotation Annotation { get; }

    /// <summary>The covered text ("October 2024"), read from the document.</summary>
    public string Text { get; }

    /// <summary>Date, time, duration or set.</summary>
    public TemporalType Type => Annotation.Date?.Type ?? TemporalType.Unspecified;

    /// <summary>The parsed value; its kind is <see cref="TimexKind.Unknown"/> when this client cannot read the value.</summary>
    public Timex Timex { get; }

    /// <summary>The TIMEX3 modifier ("START", "APPROX"); empty when none.</summary>
    public string Mod => Annotation.Date?.Mod ?? string.Empty;

    /// <summary>The date this one was resolved against ("a year later" → "2023"); null for the reference date.</summary>
    public DateView? Anchor { get; internal set; }
}
