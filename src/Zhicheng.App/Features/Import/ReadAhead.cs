using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Zhicheng.App.Features.Import;

/// <summary>
/// Reads a stream of records on a thread of its own, a few chunks ahead of the caller, so that reading and
/// parsing the file overlap with the caller's database work (the machine has two cores; each pass would
/// otherwise use one). Memory stays bounded: at most <see cref="ChunksAhead"/> chunks of <see cref="ChunkSize"/>
/// wait. An exception while reading comes out of the caller's enumeration as it was thrown; a caller that stops
/// early stops the reader.
/// </summary>
internal static class ReadAhead
{
    public const int ChunkSize = 1000, ChunksAhead = 4;

    public static async IAsyncEnumerable<T> Select<TSource, T>(Func<IEnumerable<TSource>> source, Func<TSource, T?> select,
        [EnumeratorCancellation] CancellationToken cancellationToken) where T : class
    {
        var channel = Channel.CreateBounded<List<T>>(new BoundedChannelOptions(ChunksAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Factory.StartNew(() => Produce(source, select, channel.Writer, stop.Token),
            stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken))
            {
                while (channel.Reader.TryRead(out var chunk))
                {
                    foreach (var item in chunk)
                    {
                        yield return item;
                    }
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
        }
    }

    private static void Produce<TSource, T>(Func<IEnumerable<TSource>> source, Func<TSource, T?> select, ChannelWriter<List<T>> writer,
        CancellationToken cancellationToken) where T : class
    {
        try
        {
            var chunk = new List<T>(ChunkSize);
            foreach (var record in source())
            {
                if (select(record) is { } item)
                {
                    chunk.Add(item);
                }
                if (chunk.Count == ChunkSize)
                {
                    Write(writer, chunk, cancellationToken);
                    chunk = new List<T>(ChunkSize);
                }
            }
            Write(writer, chunk, cancellationToken);
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
        }
    }

    /// <summary>Waits (this is the reader's own thread) until there is room for the chunk.</summary>
    private static void Write<T>(ChannelWriter<List<T>> writer, List<T> chunk, CancellationToken cancellationToken)
    {
        while (!writer.TryWrite(chunk))
        {
            if (!writer.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }
    }
}
