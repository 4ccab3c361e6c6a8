using System.Runtime.InteropServices;

namespace AnnotationSdk.Engine.Dates;

/// <summary>Dispatch by token: what each token can start, worked out once per document.</summary>
internal sealed partial class DateScanner
{
    private readonly DateTrigger[] _triggers;
    private bool _dispatchByToken;

    /// <summary>From now on <see cref="TriggersAt"/> tells what each token can start; until called, every token can start anything.</summary>
    public void DispatchByToken() => _dispatchByToken = true;

    /// <summary>The first token from <paramref name="i"/> on that may start an expression, or <see cref="Count"/>: one
    /// with a <see cref="DateTrigger"/> flag, punctuation and quote marks (which carry every flag, for the rules that read
    /// on after "the" or a modifier) left out. The flags are searched, vectorized, instead of read one token at a time.</summary>
    public int NextTriggered(int i)
    {
        if (!_dispatchByToken || i >= Count)
        {
            return Math.Min(i, Count);
        }

        // Neither None nor All is the range between them: the runtime vectorizes a range search of 32-bit values, not a
        // search for a value other than two of them (which is a plain loop for any type wider than 16 bits).
        var next = MemoryMarshal.Cast<DateTrigger, uint>(_triggers.AsSpan(i, Count - i)).IndexOfAnyInRange((uint)DateTrigger.None + 1, (uint)DateTrigger.All - 1);
        return next < 0 ? Count : i + next;
    }

    /// <summary>
    /// False only when token i is no word of the lexicon whose flag is <paramref name="lexiconFlag"/> (a word lexicon's:
    /// <see cref="DateTrigger.Unit"/>, <see cref="DateTrigger.Month"/>): the trigger pass gives the flag to every word
    /// of the lexicon, and no lead or opening drops it. The rules ask for a unit or a month at many tokens that are
    /// none; one read of the flags is cheaper than the look-up.
    /// </summary>
    public bool MayBe(int i, DateTrigger lexiconFlag) => !_dispatchByToken || (uint)i >= (uint)Count || (_triggers[i] & lexiconFlag) != 0;

    /// <summary>The <see cref="DateTrigger"/> flags of token i: none outside the document.</summary>
    public DateTrigger TriggersAt(int i) =>
        !_dispatchByToken ? DateTrigger.All : (uint)i < (uint)Count ? _triggers[i] : DateTrigger.None;
}
