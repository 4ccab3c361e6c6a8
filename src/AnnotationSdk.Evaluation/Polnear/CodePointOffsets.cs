namespace AnnotationSdk.Evaluation.Polnear;

/// <summary>Turns code-point offsets (brat's unit) into UTF-16 offsets of the same text.</summary>
internal sealed class CodePointOffsets
{
    private readonly int[] _utf16ByCodePoint;

    public CodePointOffsets(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        _utf16ByCodePoint = [.. map];
    }

    /// <summary>The UTF-16 offset of code point <paramref name="codePoint"/>, clamped to the text.</summary>
    public int ToUtf16(int codePoint) => _utf16ByCodePoint[Math.Clamp(codePoint, 0, _utf16ByCodePoint.Length - 1)];
}
