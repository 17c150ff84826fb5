// @generated from AWS::AppSync::DomainNameApiAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppSync::DomainNameApiAssociation` and its property types.

/// Resource Type definition for AWS::AppSync::DomainNameApiAssociation
///
/// CloudFormation type `AWS::AppSync::DomainNameApiAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainNameApiAssociation {
    props: ::forma_core::schema::Props,
}
impl DomainNameApiAssociation {
    /// A new resource with its required properties: `ApiId`, `DomainName`.
    #[track_caller]
    pub fn new(
        api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, api_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, domain_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for DomainNameApiAssociation {
    type Attributes = DomainNameApiAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppSync::DomainNameApiAssociation"
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
/// The attributes of a `AWS::AppSync::DomainNameApiAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DomainNameApiAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DomainNameApiAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DomainNameApiAssociationAttributes {
    /// `Fn::GetAtt` `ApiAssociationIdentifier`.
    pub fn api_association_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApiAssociationIdentifier")
    }
}

/// The schema of `AWS::AppSync::DomainNameApiAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppSync::DomainNameApiAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\*[a-z\\d-]*\\.)?([a-z\\d-]+\\.)+[a-z\\d-]+$"),
                min_length: Some(1),
                max_length: Some(253),
            }),
        },
    ],
    rules: &[],
    attributes: &["ApiAssociationIdentifier"],
};
