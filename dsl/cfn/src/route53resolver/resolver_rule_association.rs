// @generated from AWS::Route53Resolver::ResolverRuleAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53Resolver::ResolverRuleAssociation` and its property types.

/// In the response to an [AssociateResolverRule](https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_AssociateResolverRule.html), [DisassociateResolverRule](https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_DisassociateResolverRule.html), or [ListResolverRuleAssociations](https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListResolverRuleAssociations.html) request, provides information about an association between a resolver rule and a VPC.
///
/// CloudFormation type `AWS::Route53Resolver::ResolverRuleAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolverRuleAssociation {
    props: ::forma_core::schema::Props,
}
impl ResolverRuleAssociation {
    /// A new resource with its required properties: `ResolverRuleId`, `VPCId`.
    #[track_caller]
    pub fn new(
        resolver_rule_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, resolver_rule_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of an association between a Resolver rule and a VPC.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ResolverRuleAssociation {
    type Attributes = ResolverRuleAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53Resolver::ResolverRuleAssociation"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::Route53Resolver::ResolverRuleAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResolverRuleAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResolverRuleAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResolverRuleAssociationAttributes {
    /// `Fn::GetAtt` `ResolverRuleAssociationId`.
    pub fn resolver_rule_association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResolverRuleAssociationId")
    }
}

/// The schema of `AWS::Route53Resolver::ResolverRuleAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53Resolver::ResolverRuleAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResolverRuleId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VPCId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["ResolverRuleAssociationId"],
};
