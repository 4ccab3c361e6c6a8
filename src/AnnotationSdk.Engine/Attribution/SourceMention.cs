using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Attribution;

internal enum MentionKind
{
    /// <summary>he, she, they, it, who...</summary>
    Pronoun,

    /// <summary>A capitalised name, with the titles and roles written before it.</summary>
    Name,

    /// <summary>A common noun phrase: "the source", "two officials", "a statement".</summary>
    Noun,
}

/// <summary>A source as written: tokens [First, End), what kind of phrase it is, and the type it suggests.</summary>
/// <param name="NameStart">For names, the first token of the name proper (after titles and roles).</param>
internal readonly record struct SourceMention(int First, int End, MentionKind Kind, SourceType Type, int NameStart);
