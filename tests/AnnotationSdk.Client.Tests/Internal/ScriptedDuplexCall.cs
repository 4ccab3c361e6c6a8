using AnnotationSdk.V1;
using Grpc.Core;

namespace AnnotationSdk.Client.Tests.Internal;

/// <summary>
/// An AnnotateStream call without a server: records what the client writes and, once the client completes
/// its side, answers with a fixed script, which may be out of order, duplicated or incomplete.
/// </summary>
internal sealed class ScriptedDuplexCall : IClientStreamWriter<AnnotateStreamRequest>, IAsyncStreamReader<AnnotateStreamResponse>
{
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<AnnotateStreamResponse> _script;

    public ScriptedDuplexCall(IEnumerable<AnnotateStreamResponse> script) => _script = new Queue<AnnotateStreamResponse>(script);

    public List<AnnotateStreamRequest> Written { get; } = [];

    public WriteOptions? WriteOptions { get; set; }

    public AnnotateStreamResponse Current { get; private set; } = null!;

    public AsyncDuplexStreamingCall<AnnotateStreamRequest, AnnotateStreamResponse> ToCall() =>
        new(this, this, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });

    public Task WriteAsync(AnnotateStreamRequest message) => WriteAsync(message, CancellationToken.None);

    public Task WriteAsync(AnnotateStreamRequest message, CancellationToken cancellationToken)
    {
        Written.Add(message);
        return Task.CompletedTask;
    }

    public Task CompleteAsync()
    {
        _completed.TrySetResult();
        return Task.CompletedTask;
    }

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        await _completed.Task.WaitAsync(cancellationToken);
        if (!_script.TryDequeue(out var next))
        {
            return false;
        }

        Current = next;
        return true;
    }

    public static AnnotateStreamResponse Answer(int index, AnnotateResponse? response = null) =>
        new() { Index = index, Status = new Google.Rpc.Status(), Response = response ?? new AnnotateResponse { OffsetUnit = OffsetUnit.Utf16CodeUnit } };
}
