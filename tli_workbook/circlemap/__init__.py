"""The circle map: plain-data model, automatic layout, one renderer (Qt and reportlab
backends) and exports. Uses QtGui for painting, never QtWidgets."""
