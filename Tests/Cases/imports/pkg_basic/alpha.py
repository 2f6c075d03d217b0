print("pkg_basic.alpha runs")
def greet(who):
    return "alpha greets " + who
ALPHA = 1
