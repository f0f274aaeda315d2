// A log line as a .NET developer keeps it: a class, a string per text field.

namespace ZeroCopy
{
    sealed class OwnedRecord
    {
        public long Time;
        public string Method;
        public string Path;
        public int Status;
        public long Bytes;
        public string Agent;
    }
}
