using System.Runtime.CompilerServices;
using AnnotationSdk.V1;
using Snapshooter;
using Snapshooter.Xunit;

namespace AnnotationSdk.Testing.Xunit;

/// <summary>
/// Snapshot assertions for annotations: the response is rendered by <see cref="AnnotationRenderer"/> and matched
/// with Snapshooter. A missing snapshot is written on first run (and fails instead when SNAPSHOOTER_STRICT_MODE=true,
/// as in CI); a changed one fails, leaving the new rendering under __mismatch__ for review.
/// </summary>
public static class AnnotationSnapshot
{
    /// <summary>Matches against the snapshot named after the calling xunit test, plus <paramref name="nameExtension"/> for a theory's cases.</summary>
    public static void Match(string text, AnnotateResponse response, string? nameExtension = null)
    {
        var rendered = AnnotationRenderer.Render(text, response);
        if (nameExtension is null)
        {
            Snapshot.Match(rendered);
        }
        else
        {
            Snapshot.Match(rendered, SnapshotNameExtension.Create(nameExtension));
        }
    }

    /// <summary>
    /// Matches against <c>__snapshots__/<paramref name="snapshotName"/>.snap</c> beside the calling source file,
    /// whichever test calls it: several tests (say, the engine and the server) can be held to one snapshot.
    /// </summary>
    public static void MatchNamed(string text, AnnotateResponse response, string snapshotName, [CallerFilePath] string callerFilePath = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(snapshotName);
        // Snapshooter puts the file in a __snapshots__ folder under the folder it is given.
        var folder = Path.GetDirectoryName(callerFilePath) ?? string.Empty;
        Snapshot.Match(AnnotationRenderer.Render(text, response), new SnapshotFullName(snapshotName + ".snap", folder));
    }
}
