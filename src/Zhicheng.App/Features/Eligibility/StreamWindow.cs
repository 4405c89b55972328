using System.Buffers;

namespace Zhicheng.App.Features.Eligibility;

/// <summary>
/// A pooled window over a stream for readers that frame rows in place: <see cref="Data"/> is what has been
/// read and not yet consumed; <see cref="Fill"/> keeps it, moves it to the front, grows the buffer when one
/// row is bigger than the window, and reads more.
/// </summary>
internal sealed class StreamWindow(Stream stream, int size) : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(size);

    public int Start { get; private set; }

    public int End { get; private set; }

    public Memory<byte> Data => _buffer.AsMemory(Start, End - Start);

    public void Consume(int count) => Start += count;

    /// <summary>Reads more after the unconsumed data; returns the bytes read, 0 at the end of the stream.</summary>
    public int Fill()
    {
        if (Start > 0)
        {
            System.Buffer.BlockCopy(_buffer, Start, _buffer, 0, End - Start);
            End -= Start;
            Start = 0;
        }
        if (End == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            System.Buffer.BlockCopy(_buffer, 0, bigger, 0, End);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        var read = stream.Read(_buffer, End, _buffer.Length - End);
        End += read;
        return read;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
