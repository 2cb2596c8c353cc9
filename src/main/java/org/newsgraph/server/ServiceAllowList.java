package org.newsgraph.server;

import java.net.http.HttpClient;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Lets a federated query's {@code SERVICE} reach only the endpoints on a list, so that the public endpoint cannot
 * be used to send requests elsewhere. Checked when the service is executed, so {@code SERVICE ?endpoint} with a
 * bound variable is checked too. The endpoint's URL must be one on the list exactly, and a redirect is not followed:
 * an allowed endpoint cannot pass the query on to another, nor is it sent a {@code SERVICE} of its own to run.
 */
final class ServiceAllowList implements ChainingServiceExecutor {

    private final Set<String> endpoints;

    private ServiceAllowList(Set<String> endpoints) {
        this.endpoints = Collections.unmodifiableSet(new LinkedHashSet<>(endpoints));
    }

    /** Lets the federated queries run with {@code context} reach {@code endpoints} only. */
    static void install(Context context, Set<String> endpoints) {
        ServiceExecutorRegistry.set(context,
            ServiceExecutorRegistry.get().copy().addSingleLink(new ServiceAllowList(endpoints)));
        // Jena's own client follows redirects wherever they lead.
        context.set(Service.httpQueryClient, HttpEnv.httpClientBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** Whether {@code op} holds a {@code SERVICE}, in its patterns or in an {@code EXISTS} of a filter. */
    private static boolean holdsService(Op op) {
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService nested) { found[0] = true; }
        }, new ExprVisitorBase());
        return found[0];
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        if (!service.isURI() || !endpoints.contains(service.getURI()))
            throw new QueryDeniedException("SERVICE " + service + " is not on this server's allow-list: " + endpoints);
        if (holdsService(opExecute.getSubOp()))
            throw new QueryDeniedException("SERVICE " + service + " is sent a query with a SERVICE of its own, which could "
                + "reach endpoints off this server's allow-list");
        try {
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        } catch (QueryExceptionHTTP remote) {
            // Else the endpoint's 3xx would be passed on as this server's answer, without its Location.
            if (remote.getStatusCode() / 100 == 3)
                throw new QueryDeniedException("SERVICE " + service + " answered with a redirect (" + remote.getStatusCode()
                    + "), which this server does not follow");
            throw remote;
        }
    }
}
