namespace AnnotationSdk.Engine.Text;

/// <summary>A sentence or paragraph: its character span and its tokens [FirstToken, EndToken).</summary>
public readonly record struct Segment(int Index, TextSpan Span, int FirstToken, int EndToken)
{
    public int TokenCount => EndToken - FirstToken;
}
