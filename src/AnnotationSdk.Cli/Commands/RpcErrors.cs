using Google.Rpc;
using Grpc.Core;

namespace AnnotationSdk.Cli.Commands;

/// <summary>Turns the contract's error statuses into one readable line for the person at the terminal.</summary>
public static class RpcErrors
{
    public static async Task<T> Describe<T>(Func<Task<T>> call, string what)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RpcException error) when (error.StatusCode is StatusCode.Unavailable or StatusCode.Unimplemented or StatusCode.Internal or StatusCode.Unknown)
        {
            throw new CliException($"{what}: the server failed or could not be reached ({error.StatusCode}: {error.Status.Detail})", ExitCodes.ServerError);
        }
        catch (RpcException error)
        {
            throw new CliException($"{what}: {Describe(error.GetRpcStatus() ?? new Google.Rpc.Status { Code = (int)error.StatusCode, Message = error.Status.Detail })}");
        }
    }

    public static string Describe(Google.Rpc.Status status)
    {
        var violations = status.GetDetail<BadRequest>()?.FieldViolations.Select(v => $"{v.Field} {v.Description}") ?? [];
        var code = ((StatusCode)status.Code).ToString();
        return violations.Any() ? $"{code}: {string.Join("; ", violations)}" : $"{code}: {status.Message}";
    }
}
