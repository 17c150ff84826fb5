// @generated from AWS::Connect::ContactFlowModuleAlias (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::ContactFlowModuleAlias` and its property types.

/// Resource Type definition for ContactFlowModuleAlias
///
/// CloudFormation type `AWS::Connect::ContactFlowModuleAlias`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactFlowModuleAlias {
    props: ::forma_core::schema::Props,
}
impl ContactFlowModuleAlias {
    /// A new resource with its required properties: `ContactFlowModuleId`, `ContactFlowModuleVersion`, `Name`.
    #[track_caller]
    pub fn new(
        contact_flow_module_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        contact_flow_module_version: impl ::std::convert::Into<::forma_core::Value<i64>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, contact_flow_module_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, contact_flow_module_version.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the alias.
    ///
    /// Allowed: length 0 to 500.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ContactFlowModuleAlias {
    type Attributes = ContactFlowModuleAliasAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::ContactFlowModuleAlias"
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
/// The attributes of a `AWS::Connect::ContactFlowModuleAlias` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ContactFlowModuleAliasAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ContactFlowModuleAliasAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ContactFlowModuleAliasAttributes {
    /// `Fn::GetAtt` `ContactFlowModuleAliasARN`.
    pub fn contact_flow_module_alias_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ContactFlowModuleAliasARN")
    }
    /// `Fn::GetAtt` `AliasId`.
    pub fn alias_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AliasId")
    }
}

/// The schema of `AWS::Connect::ContactFlowModuleAlias`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::ContactFlowModuleAlias",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContactFlowModuleId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws[-a-z0-9]*:connect:[-a-z0-9]+:[0-9]{12}:instance/[-a-zA-Z0-9]+/flow-module/[-a-zA-Z0-9]+$",
                ),
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContactFlowModuleVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([$0-9a-zA-Z][_-]?)+$"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
    ],
    rules: &[],
    attributes: &["ContactFlowModuleAliasARN", "AliasId"],
};
