// @generated from AWS::RAM::PermissionAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RAM::PermissionAssociation` and its property types.

/// Associates a specified AWS RAM permission with a resource share.
///
/// CloudFormation type `AWS::RAM::PermissionAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct PermissionAssociation {
    props: ::forma_core::schema::Props,
}
impl PermissionAssociation {
    /// A new resource with its required properties: `PermissionArn`, `ResourceShareArn`.
    #[track_caller]
    pub fn new(
        permission_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_share_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, permission_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, resource_share_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies whether to replace the existing permission on the resource share.
    #[track_caller]
    pub fn replace(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PermissionAssociation {
    type Attributes = PermissionAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::RAM::PermissionAssociation"
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
/// The attributes of a `AWS::RAM::PermissionAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PermissionAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PermissionAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PermissionAssociationAttributes {
    /// `Fn::GetAtt` `IsDefault`.
    pub fn is_default(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsDefault")
    }
    /// `Fn::GetAtt` `AssociationStatus`.
    pub fn association_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationStatus")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
    /// `Fn::GetAtt` `FeatureSet`.
    pub fn feature_set(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FeatureSet")
    }
    /// `Fn::GetAtt` `ResourceType`.
    pub fn resource_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceType")
    }
    /// `Fn::GetAtt` `PermissionVersion`.
    pub fn permission_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PermissionVersion")
    }
}

/// The schema of `AWS::RAM::PermissionAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RAM::PermissionAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "PermissionArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Replace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ResourceShareArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[
        "IsDefault",
        "AssociationStatus",
        "LastUpdatedTime",
        "FeatureSet",
        "ResourceType",
        "PermissionVersion",
    ],
};
