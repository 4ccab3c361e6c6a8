using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Tests.Pipeline;

public class PerThreadArrayPoolTests
{
    [Fact]
    public void Lends_the_array_given_back_on_the_thread_again_once_and_a_new_one_while_it_is_out()
    {
        using var pool = new PerThreadArrayPool<int>(1000);
        var first = pool.Rent(100);
        pool.Return(first);

        var again = pool.Rent(50);
        var whileOut = pool.Rent(50);

        Assert.Same(first, again);
        Assert.NotSame(first, whileOut);
    }

    [Fact]
    public void Keeps_the_longest_array_given_back_up_to_the_cap_and_nothing_longer()
    {
        using var pool = new PerThreadArrayPool<int>(1000);
        var small = pool.Rent(10);
        var large = pool.Rent(500);
        pool.Return(large);
        pool.Return(small);
        Assert.Same(large, pool.Rent(10));

        var huge = pool.Rent(5000);
        pool.Return(huge);
        Assert.NotSame(huge, pool.Rent(5000));
        Assert.Equal(1024, pool.MaxKeptLength);
    }

    [Fact]
    public void Another_thread_gets_an_array_of_its_own()
    {
        using var pool = new PerThreadArrayPool<int>(1000);
        var here = pool.Rent(100);
        pool.Return(here);

        int[]? there = null;
        var thread = new Thread(() => there = pool.Rent(100));
        thread.Start();
        thread.Join();

        Assert.NotSame(here, there);
        Assert.Same(here, pool.Rent(100));
    }
}
