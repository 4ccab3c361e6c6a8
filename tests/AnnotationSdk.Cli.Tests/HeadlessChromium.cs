using System.Diagnostics;

namespace AnnotationSdk.Cli.Tests;

/// <summary>Runs the Debian `chromium` package headless, with a fresh profile and no network chatter, and kills it if it hangs.</summary>
internal static class HeadlessChromium
{
    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>The browser's path, or null when none is installed.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Candidates.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs the browser on <paramref name="page"/> with <paramref name="arguments"/>; returns what it printed.</summary>
    public static async Task<string> RunAsync(string browser, string page, params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("annotate-chromium-");
        try
        {
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.FullName, .. arguments, new Uri(page).AbsoluteUri])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 90 s");
            }

            await errors;
            return await output;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
