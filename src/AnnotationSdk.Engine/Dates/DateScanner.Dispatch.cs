namespace AnnotationSdk.Engine.Dates;

/// <summary>Dispatch by token: what each token can start, worked out once per document.</summary>
internal sealed partial class DateScanner
{
    private DateTrigger[]? _triggers;

    /// <summary>From now on <see cref="TriggersAt"/> tells what each token can start; until called, every token can start anything.</summary>
    public void DispatchByToken() => _triggers = Lexicons.Triggers.Of(this);

    /// <summary>The <see cref="DateTrigger"/> flags of token i: none outside the document.</summary>
    public DateTrigger TriggersAt(int i) =>
        _triggers is null ? DateTrigger.All : (uint)i < (uint)_triggers.Length ? _triggers[i] : DateTrigger.None;
}
