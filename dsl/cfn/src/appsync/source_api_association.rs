// @generated from AWS::AppSync::SourceApiAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppSync::SourceApiAssociation` and its property types.

/// Resource Type definition for AWS::AppSync::SourceApiAssociation
///
/// CloudFormation type `AWS::AppSync::SourceApiAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceApiAssociation {
    props: ::forma_core::schema::Props,
}
impl SourceApiAssociation {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Description of the SourceApiAssociation.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Identifier of the Merged GraphQLApi to associate.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn merged_api_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Customized configuration for SourceApiAssociation.
    #[track_caller]
    pub fn source_api_association_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Identifier of the Source GraphQLApi to associate.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_api_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for SourceApiAssociation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for SourceApiAssociation {
    type Attributes = SourceApiAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppSync::SourceApiAssociation"
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
/// The attributes of a `AWS::AppSync::SourceApiAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SourceApiAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SourceApiAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SourceApiAssociationAttributes {
    /// `Fn::GetAtt` `AssociationId`.
    pub fn association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationId")
    }
    /// `Fn::GetAtt` `AssociationArn`.
    pub fn association_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationArn")
    }
    /// `Fn::GetAtt` `SourceApiId`.
    pub fn source_api_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SourceApiId")
    }
    /// `Fn::GetAtt` `SourceApiArn`.
    pub fn source_api_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SourceApiArn")
    }
    /// `Fn::GetAtt` `MergedApiId`.
    pub fn merged_api_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MergedApiId")
    }
    /// `Fn::GetAtt` `MergedApiArn`.
    pub fn merged_api_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MergedApiArn")
    }
    /// `Fn::GetAtt` `SourceApiAssociationStatus`.
    pub fn source_api_association_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SourceApiAssociationStatus")
    }
    /// `Fn::GetAtt` `SourceApiAssociationStatusDetail`.
    pub fn source_api_association_status_detail(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SourceApiAssociationStatusDetail")
    }
    /// `Fn::GetAtt` `LastSuccessfulMergeDate`.
    pub fn last_successful_merge_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastSuccessfulMergeDate")
    }
}

/// The schema of `AWS::AppSync::SourceApiAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppSync::SourceApiAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MergedApiIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceApiAssociationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "SourceApiIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[
        "AssociationId",
        "AssociationArn",
        "SourceApiId",
        "SourceApiArn",
        "MergedApiId",
        "MergedApiArn",
        "SourceApiAssociationStatus",
        "SourceApiAssociationStatusDetail",
        "LastSuccessfulMergeDate",
    ],
};
