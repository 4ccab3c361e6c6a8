namespace AnnotationSdk.Cli.Input;

/// <summary>
/// The lines of a <see cref="TextReader"/> as views of one reused buffer, split as <see cref="TextReader.ReadLine"/>
/// splits them ("\n", "\r" or "\r\n"). A JSONL line is parsed and dropped at once, so a string per line (as large as
/// the document, twice the file's size in all) was only garbage for the collector to clear and page in.
/// </summary>
internal sealed class LineReader(TextReader reader)
{
    private char[] _buffer = new char[1 << 14];
    private int _start;
    private int _end;
    private bool _ended;

    // The last line ended with '\r': a '\n' right after it is part of that line break.
    private bool _afterCarriageReturn;

    /// <summary>The next line without its line break, valid until the next call; null after the last line.</summary>
    public async ValueTask<ReadOnlyMemory<char>?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var searched = _start;
        while (true)
        {
            if (_afterCarriageReturn && _start < _end)
            {
                _afterCarriageReturn = false;
                if (_buffer[_start] == '\n')
                {
                    searched = ++_start;
                }
            }

            var found = _buffer.AsSpan(searched, _end - searched).IndexOfAny('\r', '\n');
            if (found >= 0)
            {
                var lineEnd = searched + found;
                var line = _buffer.AsMemory(_start, lineEnd - _start);
                _afterCarriageReturn = _buffer[lineEnd] == '\r';
                _start = lineEnd + 1;
                return line;
            }

            searched = _end;
            if (_ended)
            {
                if (_start == _end)
                {
                    return null;
                }

                var last = _buffer.AsMemory(_start, _end - _start);
                _start = _end;
                return last;
            }

            MakeRoom(ref searched);
            var read = await reader.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            _ended = read == 0;
            _end += read;
        }
    }

    /// <summary>Moves the unfinished line to the front of the buffer, and doubles the buffer when that line fills it.</summary>
    private void MakeRoom(ref int searched)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            searched -= _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
    }
}
