-- os.exit with a status: the buffered output still appears.
io.write("about to exit\n")
os.exit(3)
print("not reached")
