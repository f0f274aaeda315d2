// A log line parsed through spans. A span cannot be a field of a class, nor of a struct
// that is not a `ref struct`, so what is kept is where each text field lies in the input:
// its start and length, to slice again when it is read.

namespace ZeroCopy
{
    struct SpanRecord
    {
        public long Time;
        public int MethodStart, MethodLength;
        public int PathStart, PathLength;
        public int Status;
        public long Bytes;
        public int AgentStart, AgentLength;
    }
}
