// @generated from AWS::Lambda::LayerVersionPermission (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lambda::LayerVersionPermission` and its property types.

/// Schema for Lambda LayerVersionPermission
///
/// CloudFormation type `AWS::Lambda::LayerVersionPermission`.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerVersionPermission {
    props: ::forma_core::schema::Props,
}
impl LayerVersionPermission {
    /// A new resource with its required properties: `Action`, `LayerVersionArn`, `Principal`.
    #[track_caller]
    pub fn new(
        action: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        layer_version_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, action.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, layer_version_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, principal.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// With the principal set to *, grant permission to all accounts in the specified organization.
    ///
    /// Allowed: length 0 to 34.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn organization_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LayerVersionPermission {
    type Attributes = LayerVersionPermissionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lambda::LayerVersionPermission"
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
/// The attributes of a `AWS::Lambda::LayerVersionPermission` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LayerVersionPermissionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LayerVersionPermissionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LayerVersionPermissionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::Lambda::LayerVersionPermission`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lambda::LayerVersionPermission",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^lambda:GetLayerVersion$"),
                min_length: Some(0),
                max_length: Some(22),
            }),
        },
        ::forma_core::schema::Property {
            name: "LayerVersionArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OrganizationId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^o-[a-z0-9]{10,32}$"),
                min_length: Some(0),
                max_length: Some(34),
            }),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root$"),
                min_length: Some(0),
                max_length: Some(10000),
            }),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
