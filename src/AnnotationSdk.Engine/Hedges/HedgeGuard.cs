namespace AnnotationSdk.Engine.Hedges;

/// <summary>
/// The context rule a lexicon entry needs before it counts as a hedge, named in the lexicon's tag column.
/// Each rule looks at a few tokens around the cue, never further.
/// </summary>
internal enum HedgeGuard
{
    /// <summary>The phrase is a hedge wherever it occurs.</summary>
    None,

    /// <summary>May/might: not the month ("May 9", "in May"), not a root modal after "you".</summary>
    Modal,

    /// <summary>Could: as <see cref="Modal"/>, and not past ability ("could not reach", "before he could").</summary>
    PastModal,

    /// <summary>"possible" meaning probable, not "as soon as possible", "made it possible" or "possible to build".</summary>
    EpistemicPossible,

    /// <summary>An expectation not yet met: not "as expected", "than expected", nor closing its clause ("was expected.").</summary>
    Unfulfilled,

    /// <summary>An adjective that is also a noun, used as the adjective ("potential buyers", not "the potential of").</summary>
    Adjective,

    /// <summary>A belief verb before a clause or in the passive ("assumed that", "is assumed to"), not taking something on.</summary>
    BeliefClause,

    /// <summary>An adjective that hedges only before its noun, after a determiner ("an apparent suicide", not "became apparent").</summary>
    AfterDeterminer,

    /// <summary>A verb that is also a noun: not after a determiner or preposition ("the thought").</summary>
    Verb,

    /// <summary>A judgement verb in the passive, with "as", or with an object pronoun ("is considered", "regarded as", "considered him").</summary>
    Judgement,

    /// <summary>A verb of seeing that judges: "as" follows within a few words ("seen by many as", "view them as").</summary>
    AsComplement,

    /// <summary>"appear" meaning seem, not appearing somewhere ("appeared on television").</summary>
    NotLocative,

    /// <summary>An approximator before a number or number word; the quantity joins the span.</summary>
    Quantity,

    /// <summary>A generic source next to a speech verb or after "according to"; those words join the span.</summary>
    Speech,
}

internal static class HedgeGuardNames
{
    public static HedgeGuard Parse(string tag, string lexicon) => tag switch
    {
        "" => HedgeGuard.None,
        "modal" => HedgeGuard.Modal,
        "past-modal" => HedgeGuard.PastModal,
        "epistemic-possible" => HedgeGuard.EpistemicPossible,
        "verb" => HedgeGuard.Verb,
        "after-determiner" => HedgeGuard.AfterDeterminer,
        "belief-clause" => HedgeGuard.BeliefClause,
        "unfulfilled" => HedgeGuard.Unfulfilled,
        "adjective" => HedgeGuard.Adjective,
        "judgement" => HedgeGuard.Judgement,
        "as-complement" => HedgeGuard.AsComplement,
        "not-locative" => HedgeGuard.NotLocative,
        "quantity" => HedgeGuard.Quantity,
        "speech" => HedgeGuard.Speech,
        _ => throw new InvalidOperationException($"Lexicon '{lexicon}' names an unknown guard '{tag}'."),
    };
}
