// The consumer's entry point: it only has to compile. The analyzers' verdict on the two other files is what
// package-check.sh reads from the build output.
Console.WriteLine(typeof(Consumer.Misuse).Name + " " + typeof(Consumer.CorrectUsage).Name);
