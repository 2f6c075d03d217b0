NAME = "plain module found through an added sys.path entry"
