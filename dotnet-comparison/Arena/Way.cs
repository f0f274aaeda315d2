// The ways to build the tree, as crates/arena/src/timed.rs names them (`--way per-node`,
// `--way arena`).

namespace Arena
{
    enum Way
    {
        PerNode, // an object per node: a Node, a string and a List<Node>
        Arena,   // one struct array with int child indices, overwritten by each build
    }
}
