namespace AnnotationSdk.Engine.Dates;

/// <summary>Dispatch by token: what each token can start, worked out once per document.</summary>
internal sealed partial class DateScanner
{
    private readonly DateTrigger[] _triggers;
    private bool _dispatchByToken;

    /// <summary>From now on <see cref="TriggersAt"/> tells what each token can start; until called, every token can start anything.</summary>
    public void DispatchByToken() => _dispatchByToken = true;

    /// <summary>The <see cref="DateTrigger"/> flags of token i: none outside the document.</summary>
    public DateTrigger TriggersAt(int i) =>
        !_dispatchByToken ? DateTrigger.All : (uint)i < (uint)Count ? _triggers[i] : DateTrigger.None;
}
