# bool formats as 'True'/'False' only with an empty spec; any other spec formats it as an int.
print(format(True), format(True, ""), format(True, "d"), format(True, "^6") + "|", format(False, ">5") + "|")
print(f"{True}", f"{True:}", f"{True:5}|", f"{False:x}", f"{True:.2f}", f"{True!s:>6}", "{:b}".format(True))
print("%s %d %r %5s" % (True, True, False, True))
class MyInt(int):
    def __str__(self):
        return "MyInt-str"
print(format(MyInt(5)), format(MyInt(5), ""), format(MyInt(5), "d"), f"{MyInt(5)}", f"{MyInt(5):>3}")
print("%s %d" % (MyInt(5), MyInt(5)), str(MyInt(5)), repr(MyInt(5)))
class MyFloat(float):
    def __str__(self):
        return "MyFloat-str"
print(format(MyFloat(1.5)), f"{MyFloat(1.5):.1f}", "%s %.2f" % (MyFloat(1.5), MyFloat(1.5)))
