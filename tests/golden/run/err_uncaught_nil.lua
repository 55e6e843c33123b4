-- error() without a value: nothing is reported, the status is still 1.
print("out")
error()
