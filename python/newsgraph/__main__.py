"""`python3 -m newsgraph` prints the version and where the models come from."""
import newsgraph

print(f"newsgraph {newsgraph.__version__} (models: {newsgraph._models_dir})")
