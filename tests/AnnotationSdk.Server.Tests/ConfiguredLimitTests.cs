using AnnotationSdk.Server.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace AnnotationSdk.Server.Tests;

/// <summary>The limit an operator sets on the command line (`annotate serve --Annotation:MaxTextBytes=N`).</summary>
public class ConfiguredLimitTests
{
    [Fact]
    public async Task The_text_limit_is_read_from_configuration()
    {
        await using var app = AnnotationServer.Build(["--urls", "http://127.0.0.1:0", "--Annotation:MaxTextBytes=1234"]);
        Assert.Equal(1234, app.Services.GetRequiredService<AnnotationServerOptions>().MaxTextBytes);
    }

    [Fact]
    public async Task Without_configuration_the_limit_is_four_megabytes()
    {
        await using var app = AnnotationServer.Build(["--urls", "http://127.0.0.1:0"]);
        Assert.Equal(4L * 1024 * 1024, app.Services.GetRequiredService<AnnotationServerOptions>().MaxTextBytes);
    }
}
