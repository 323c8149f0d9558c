package io.newsatlas.actors;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The co-occurrence network as GraphML and GEXF, the formats Gephi, Cytoscape and NetworkX open as
 * they are: actors are nodes (type, names, mentions, dates), document-level co-occurrence is an
 * undirected edge weighted by its count.
 */
public final class ActorGraph {
  private ActorGraph() {}

  public record Node(String id, String type, String nameEn, String nameVi, long mentions, long documents,
      String firstDate, String lastDate) {}

  public record Edge(String source, String target, long documents, long sentences, long stories, String firstDate,
      String lastDate) {}

  private static final String[][] NODE_KEYS = {
      {"label", "string"}, {"type", "string"}, {"name_vi", "string"}, {"mentions", "long"}, {"documents", "long"},
      {"first_date", "string"}, {"last_date", "string"}};
  private static final String[][] EDGE_KEYS = {
      {"weight", "double"}, {"documents", "long"}, {"sentences", "long"}, {"stories", "long"},
      {"first_date", "string"}, {"last_date", "string"}};

  public static String graphml(List<Node> nodes, List<Edge> edges) {
    return write(xml -> {
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
      for (String[] key : NODE_KEYS) {
        key(xml, "n_" + key[0], "node", key[0], key[1]);
      }
      for (String[] key : EDGE_KEYS) {
        key(xml, "e_" + key[0], "edge", key[0], key[1]);
      }
      xml.writeStartElement("graph");
      xml.writeAttribute("id", "actors");
      xml.writeAttribute("edgedefault", "undirected");
      for (Node node : nodes) {
        xml.writeStartElement("node");
        xml.writeAttribute("id", node.id());
        Object[] values = {node.nameEn(), node.type(), node.nameVi(), node.mentions(), node.documents(),
            node.firstDate(), node.lastDate()};
        data(xml, "n_", NODE_KEYS, values);
        xml.writeEndElement();
      }
      int i = 0;
      for (Edge edge : edges) {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", "e" + i++);
        xml.writeAttribute("source", edge.source());
        xml.writeAttribute("target", edge.target());
        Object[] values = {(double) edge.documents(), edge.documents(), edge.sentences(), edge.stories(),
            edge.firstDate(), edge.lastDate()};
        data(xml, "e_", EDGE_KEYS, values);
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
    });
  }

  public static String gexf(List<Node> nodes, List<Edge> edges) {
    return write(xml -> {
      xml.writeStartElement("gexf");
      xml.writeDefaultNamespace("http://gexf.net/1.3");
      xml.writeAttribute("version", "1.3");
      xml.writeStartElement("graph");
      xml.writeAttribute("defaultedgetype", "undirected");
      attributes(xml, "node", NODE_KEYS, 1);
      attributes(xml, "edge", EDGE_KEYS, 1);
      xml.writeStartElement("nodes");
      for (Node node : nodes) {
        xml.writeStartElement("node");
        xml.writeAttribute("id", node.id());
        xml.writeAttribute("label", node.nameEn());
        attvalues(xml, NODE_KEYS, 1, new Object[] {null, node.type(), node.nameVi(), node.mentions(), node.documents(),
            node.firstDate(), node.lastDate()});
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeStartElement("edges");
      int i = 0;
      for (Edge edge : edges) {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", "e" + i++);
        xml.writeAttribute("source", edge.source());
        xml.writeAttribute("target", edge.target());
        xml.writeAttribute("weight", String.valueOf((double) edge.documents()));
        attvalues(xml, EDGE_KEYS, 1, new Object[] {null, edge.documents(), edge.sentences(), edge.stories(),
            edge.firstDate(), edge.lastDate()});
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
    });
  }

  private static void attributes(XMLStreamWriter xml, String kind, String[][] keys, int from) throws XMLStreamException {
    xml.writeStartElement("attributes");
    xml.writeAttribute("class", kind);
    for (int k = from; k < keys.length; k++) {
      xml.writeEmptyElement("attribute");
      xml.writeAttribute("id", kind + "_" + keys[k][0]);
      xml.writeAttribute("title", keys[k][0]);
      xml.writeAttribute("type", keys[k][1]);
    }
    xml.writeEndElement();
  }

  private static void attvalues(XMLStreamWriter xml, String[][] keys, int from, Object[] values)
      throws XMLStreamException {
    String prefix = keys == NODE_KEYS ? "node_" : "edge_";
    xml.writeStartElement("attvalues");
    for (int k = from; k < keys.length; k++) {
      if (values[k] != null) {
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", prefix + keys[k][0]);
        xml.writeAttribute("value", String.valueOf(values[k]));
      }
    }
    xml.writeEndElement();
  }

  private static void key(XMLStreamWriter xml, String id, String forWhat, String name, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("key");
    xml.writeAttribute("id", id);
    xml.writeAttribute("for", forWhat);
    xml.writeAttribute("attr.name", name);
    xml.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter xml, String prefix, String[][] keys, Object[] values)
      throws XMLStreamException {
    for (int k = 0; k < keys.length; k++) {
      if (values[k] != null) {
        xml.writeStartElement("data");
        xml.writeAttribute("key", prefix + keys[k][0]);
        xml.writeCharacters(String.valueOf(values[k]));
        xml.writeEndElement();
      }
    }
  }

  private interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private static String write(Body body) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the actor graph", e);
    }
    return out.toString();
  }
}
