local [==[
abc
def]==]
