namespace AnnotationSdk.Engine.Model;

/// <summary>The annotation kinds, as flags so a request can ask for several.</summary>
[Flags]
public enum AnnotationKinds
{
    None = 0,
    Quote = 1,
    Attribution = 2,
    Date = 4,
    Hedge = 8,
    All = Quote | Attribution | Date | Hedge,
}
