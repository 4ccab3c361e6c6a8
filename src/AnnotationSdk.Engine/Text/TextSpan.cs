namespace AnnotationSdk.Engine.Text;

/// <summary>A half-open range [Start, End) of UTF-16 code units in the document text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public static TextSpan Cover(TextSpan first, TextSpan last) => new(Math.Min(first.Start, last.Start), Math.Max(first.End, last.End));

    public override string ToString() => $"[{Start}..{End})";
}
