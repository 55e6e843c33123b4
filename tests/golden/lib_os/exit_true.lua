io.write("true means success\n")
os.exit(true, true)
