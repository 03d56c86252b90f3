namespace Waymark.Analytics.Attribution.Internals;

/// <summary>Gaussian elimination with partial pivoting on a dense square system (overwrites its input).</summary>
internal static class LinearSolve
{
    public static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(a[row, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = row;
                }
            }

            if (a[pivot, col] == 0)
            {
                // A transient state that never leaves: impossible from counted paths, which all end absorbed.
                throw new InvalidOperationException("The chain has a closed set of transient states.");
            }

            Swap(a, b, col, pivot);
            for (var row = col + 1; row < n; row++)
            {
                var factor = a[row, col] / a[col, col];
                if (factor == 0)
                {
                    continue;
                }

                for (var k = col; k < n; k++)
                {
                    a[row, k] -= factor * a[col, k];
                }

                b[row] -= factor * b[col];
            }
        }

        var x = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = b[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= a[row, k] * x[k];
            }

            x[row] = sum / a[row, row];
        }

        return x;
    }

    private static void Swap(double[,] a, double[] b, int i, int j)
    {
        if (i == j)
        {
            return;
        }

        for (var k = 0; k < b.Length; k++)
        {
            (a[i, k], a[j, k]) = (a[j, k], a[i, k]);
        }

        (b[i], b[j]) = (b[j], b[i]);
    }
}
