namespace AnnotationSdk.Engine.Pipeline;

/// <summary>
/// One kept instance of <typeparamref name="T"/> per thread, for a document's scratch collections: the engine runs each
/// document on one thread, so the next document there reuses the storage instead of allocating and growing it again.
/// </summary>
/// <remarks>Taking empties the thread's slot, so a document annotated inside another on the same thread gets its own
/// instance, and one whose annotation fails or is cancelled before giving it back leaves nothing half-used behind: the
/// next document makes a new one.</remarks>
internal static class PerThread<T>
    where T : class, new()
{
    [ThreadStatic]
    private static T? t_kept;

    /// <summary>The thread's kept instance, or a new one.</summary>
    public static T Take()
    {
        var item = t_kept ?? new T();
        t_kept = null;
        return item;
    }

    /// <summary>Keeps <paramref name="item"/>, emptied by the caller, for the thread's next <see cref="Take"/>.</summary>
    public static void GiveBack(T item) => t_kept = item;
}
