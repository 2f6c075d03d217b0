# N-queens: count and collect all solutions by backtracking (lists, no generators).
# Stresses: recursion, list membership tests and append/pop, list copies, set-like
# bookkeeping with boolean lists, tuples of solutions.


def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placed = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for c in range(n):
            if cols[c] or diag1[row + c] or diag2[row - c + n]:
                continue
            cols[c] = diag1[row + c] = diag2[row - c + n] = True
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols[c] = diag1[row + c] = diag2[row - c + n] = False

    place(0)
    return solutions


def solve_permutations(n):
    # Build candidate rows as lists; filter by the diagonal test (the classic
    # "permutations of columns" formulation, with explicit lists).
    found = []
    partial = [[]]
    for row in range(n):
        nxt = []
        for p in partial:
            for c in range(n):
                if c in p:
                    continue
                ok = True
                for r, pc in enumerate(p):
                    if row - r == c - pc or row - r == pc - c:
                        ok = False
                        break
                if ok:
                    nxt.append(p + [c])
        partial = nxt
    for p in partial:
        found.append(tuple(p))
    return found


def main():
    a = solve(12)
    b = solve_permutations(10)
    c = solve(10)
    check = 0
    for sol in a:
        for i, col in enumerate(sol):
            check = (check * 7 + col * (i + 1)) % 1000000007
    print("nqueens", len(a), len(b), len(c), sorted(b) == sorted(c), check, a[0], a[-1])


main()
