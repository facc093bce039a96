using System.Text;
using System.Threading.Channels;

namespace Mend.Cli.Serve;

/// <summary>
/// The server-sent events the open pages listen to (<c>/_mend/events</c>): <c>reload</c> after a good build,
/// <c>errors</c> with the diagnostics of a failed one. A page that connects is first told the number of the last
/// good build (<c>hello</c>), so a page that was served just before a rebuild, and connected just after it, still
/// reloads; and, while the last build failed, its errors, so a page opened after a mistake shows it too.
/// </summary>
internal sealed class LiveEvents
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _listeners = [];
    private string? _lastErrors;
    private int _build;

    /// <summary>The number of the last good build; pages are served with it.</summary>
    public int Build => Volatile.Read(ref _build);

    public void Reload()
    {
        Interlocked.Increment(ref _build);
        Publish("reload", "{}", errors: null);
    }

    public void Errors(string json) => Publish("errors", json, errors: json);

    /// <summary>Streams events to one page until it goes away or the server stops.</summary>
    public async Task Stream(Stream body, Func<Task> flush, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            _listeners.Add(channel);
            channel.Writer.TryWrite(Event("hello", $"{{\"build\":{Build}}}"));
            if (_lastErrors is { } errors)
            {
                channel.Writer.TryWrite(Event("errors", errors));
            }
        }
        try
        {
            // A comment first, so the browser sees the stream open before the first event.
            await Write(body, ": connected\n\n", flush, cancellationToken);
            await foreach (var message in channel.Reader.ReadAllAsync(cancellationToken))
            {
                await Write(body, message, flush, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server is stopping.
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
            }
        }
    }

    private void Publish(string name, string data, string? errors)
    {
        var message = Event(name, data);
        lock (_gate)
        {
            _lastErrors = errors;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(message);
            }
        }
    }

    private static string Event(string name, string data) => $"event: {name}\ndata: {data}\n\n";

    private static async Task Write(Stream body, string text, Func<Task> flush, CancellationToken cancellationToken)
    {
        await body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await flush();
    }
}
