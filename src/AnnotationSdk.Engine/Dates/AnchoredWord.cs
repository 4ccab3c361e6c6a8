using System.Globalization;

namespace AnnotationSdk.Engine.Dates;

/// <summary>A word after an amount of time: "ago" counts back from now, "later" forward from the last mentioned date.</summary>
internal readonly record struct AnchoredWord(int Direction, bool FromAnchor)
{
    public static AnchoredWord Parse(string tag)
    {
        var parts = tag.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new AnchoredWord(int.Parse(parts[0], CultureInfo.InvariantCulture), parts.Length > 1 && parts[1] == "anchor");
    }
}
