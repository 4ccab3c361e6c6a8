using System.Buffers;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Tests.Text;

public class CappedArrayPoolTests
{
    [Fact]
    public void Lends_an_array_up_to_the_cap_again_once_it_is_given_back()
    {
        var pool = new CappedArrayPool<int>(ArrayPool<int>.Create(), 1000);
        var first = pool.Rent(1000);
        pool.Return(first);

        Assert.Same(first, pool.Rent(1000));
    }

    [Fact]
    public void Keeps_no_array_longer_than_the_cap()
    {
        var inner = ArrayPool<int>.Create();
        var pool = new CappedArrayPool<int>(inner, 1000);
        var first = pool.Rent(pool.MaxPooledLength + 1);
        pool.Return(first);

        Assert.Equal(pool.MaxPooledLength + 1, first.Length);
        Assert.NotSame(first, pool.Rent(pool.MaxPooledLength + 1));
        Assert.NotSame(first, inner.Rent(pool.MaxPooledLength + 1));
    }

    [Fact]
    public void Rounds_the_cap_up_to_the_pools_own_sizes_so_every_array_it_lends_goes_back()
    {
        var pool = new CappedArrayPool<int>(ArrayPool<int>.Create(), 1000);

        Assert.Equal(1024, pool.MaxPooledLength);
        Assert.True(pool.Rent(1000).Length <= pool.MaxPooledLength);
    }
}
